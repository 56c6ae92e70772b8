#pragma once

#include "core/domain/claim.h"
#include "core/domain/document.h"
#include "core/storage/claimfacts.h"
#include "core/text/claimspanindex.h"
#include "core/text/textindex.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>
#include <utility>

class QAction;
class QLabel;
class QPlainTextEdit;
class QStackedLayout;

namespace demarche {

class ArticleHeader;
class ArticleHighlighter;
class ArticleTextEdit;
class Project;

// One article for reading and tagging: its title, source and date above its text, every
// claim painted in its holder's colour, overlaps layered. The analyst selects text (with
// the mouse or the keyboard) and tags it with the window's commands, which the text and
// its context menu are given; the quick-tag controller reads the selection, snapped to
// words, through selectedSpan().
//
// Claims and spans leave and enter this class as Unicode code point offsets into the
// document's text, like everywhere in Demarche; inside, the text edit speaks UTF-16.
class ArticleView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleView)

public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    // Follows the project: shows its selection's current document, keeps the highlights
    // in step with its claims and colours, marks the current claim, and makes a clicked
    // claim current. Null empties the view. The view keeps only what its highlighter
    // paints (each claim's span, holder and colour); a claim is read from the project.
    void setProject(Project *project);

    DocumentId documentId() const { return m_documentId; }

    // Selects the claim, scrolls it to the middle and puts the caret at its start.
    void revealClaim(ClaimId id);
    ClaimId selectedClaim() const;

    // The text selection snapped to whole words (or, when `exact`, only without the
    // whitespace at its ends) as code point offsets [start, end) into the document text;
    // nothing when there is no selection or nothing is left of it.
    std::optional<std::pair<qint64, qint64>> selectedSpan(bool exact) const;
    bool hasTextSelection() const;
    // Whether Alt was held during the last mouse selection: the analyst wants it exact.
    bool exactSelectionRequested() const;
    // Where the visible part of the selection is, in this widget's coordinates (to place
    // a popup beside it); empty when nothing selected is on screen.
    QRect selectionRect() const;

    // The codebook's names, aliases and keywords underlined in the text (on by default).
    void setCuesShown(bool shown);
    bool cuesShown() const;

    QPlainTextEdit *textEdit() const;
    // Commands offered first in the text's context menu, above the standard ones.
    void setContextMenuActions(const QList<QAction *> &actions);

Q_SIGNALS:
    // A click on a claim (the innermost one where several overlap), or ClaimId() for a
    // click on text outside every claim.
    void claimActivated(ClaimId id);
    // The project's current document could not be read.
    void openFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showDocument(DocumentId id);
    void reload();
    // `document.text` must be filled. Claims whose offsets do not fit the text are not shown.
    void setArticle(const Document &document, const QList<ClaimExtent> &claims);
    void clearArticle();
    void highlightVisible();
    void showClaim(const Claim &claim);
    void refreshClaimColors();
    void selectClaim(ClaimId id);
    void makeCurrent(ClaimId id);
    bool isOnDocument(ClaimId id) const;
    std::optional<ClaimSpan> spanOf(const Claim &claim) const;
    QRgb colorOf(const Claim &claim) const;
    QRgb colorOf(ActorId holder) const;
    void activateCharacter(int position);
    QString toolTipAt(int position) const;
    QString cueToolTipAt(int position) const;
    void followPalette();

    QStackedLayout *m_stack;
    QWidget *m_emptyState;
    QWidget *m_page;
    ArticleHeader *m_header;
    ArticleTextEdit *m_edit;
    ArticleHighlighter *m_highlighter;
    QPointer<Project> m_project;

    DocumentId m_documentId;
    QString m_text;
    TextIndex m_textIndex;
    // Each shown claim's holder: a codebook edit recolours them without reading the store.
    QHash<ClaimId, ActorId> m_holders;
};

} // namespace demarche
