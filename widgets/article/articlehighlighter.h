#pragma once

#include "core/cues/cuematcher.h"
#include "widgets/article/claimhighlighter.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QRgb>
#include <QTextBlock>

#include <vector>

namespace demarche {

class Project;

// The article's one highlighter: the claims of ClaimHighlighter layered over the project's
// cues (the codebook's names, aliases and keywords found in the text). A cue is a dotted
// underline in the colour of the first entry it names, adjusted to stay visible on the
// background; it adds no background of its own, so it never reads as a claim, and a
// claim's background shows over it. Where the selected claim runs, its solid underline
// is drawn instead of a cue's.
class ArticleHighlighter final : public ClaimHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleHighlighter)

public:
    explicit ArticleHighlighter(QTextDocument *document);
    ~ArticleHighlighter() override;

    // Where the cues and the entries' colours come from; null shows no cues. Paints nothing.
    void setProject(Project *project);

    void setCuesShown(bool shown); // highlights the whole document when it changes
    bool cuesShown() const { return m_cuesShown; }

    // The project's cue book changed: highlights the whole document.
    void cuesChanged();
    // New claim colours, or the codebook's colours changed: highlights the whole document
    // once if anything it paints looks different.
    void recolor(QHash<ClaimId, QRgb> claimColors);

    // The cues of one paragraph as last highlighted (none while cues are hidden), in UTF-16
    // units of the paragraph.
    static const std::vector<CueSpan> &cuesOf(const QTextBlock &block);

    // What a cue underline in `color` is drawn in on a light or dark background.
    static QColor cueColor(QColor color, bool darkBackground);
    static constexpr auto CueUnderline = QTextCharFormat::DotLine;

protected:
    void highlightCues(const QString &text) override;
    // On a dark page cue colours are lightened, on a light one darkened.
    void pageColorChanged() override;

private:
    QList<QRgb> codebookColors() const;
    QRgb groupColor(int group);
    const QTextCharFormat &cueFormat(QRgb color);

    QPointer<Project> m_project;
    bool m_cuesShown = true;
    QList<QRgb> m_codebookColors;    // every actor's and topic's, to notice a recolouring
    std::vector<QRgb> m_groupColors; // by cue group, 0 until looked up
    QHash<QRgb, QTextCharFormat> m_cueFormats;
    // Each paragraph keeps its cues (the text never changes under the view), so that only
    // a new book matches again, not a claim's or a colour's repaint; this numbers the book.
    quint64 m_generation = 0;
};

} // namespace demarche
