#pragma once

#include "core/text/claimspanindex.h"

#include <QColor>
#include <QHash>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTimer>

#include <vector>

namespace demarche {

// Paints the claims of one document behind its text. Every piece of a paragraph gets one
// format: a background that mixes the colours of all the claims covering it, more opaque
// with every claim (so overlaps show darker), and, where the selected claim runs, its
// colour leading, a stronger layer and an underline in its colour. Formats come from a
// small cache keyed by the resulting look, so that paragraphs share them.
//
// Claims are read from a ClaimSpanIndex, one query per paragraph, which is what keeps the
// first highlighting of a long article with tens of thousands of claims fast.
//
// Cue highlighting (actor aliases, topic keywords) belongs in the same pass: a subclass
// overrides highlightCues() and combines its formats with the claims' through
// mergeFormat() (ArticleHighlighter does).
class ClaimHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimHighlighter)

public:
    explicit ClaimHighlighter(QTextDocument *document);
    ~ClaimHighlighter() override;

    // Replaces every claim without repainting anything: meant to come just before the
    // document's text is set, which highlights it once as it goes in.
    void resetClaims(std::vector<ClaimSpan> spans, QHash<ClaimId, QRgb> colors);
    // Adds a claim or moves and recolours one; repaints where it was and where it is.
    void setClaim(const ClaimSpan &span, QColor color);
    void removeClaim(ClaimId id);
    // New colours for every claim (the codebook changed): highlights the whole document
    // if any colour differs.
    void setColors(QHash<ClaimId, QRgb> colors);

    // The colour of the page behind the text. Claim layers are composed over it into opaque
    // colours, so that the pieces of a claim that another format splits (a cue) meet
    // without a seam: translucent rectangles overlap by a pixel there and show darker.
    // Invalid (the default): translucent layers. Highlights the whole document if changed.
    void setPageColor(QColor color);
    QColor pageColor() const { return m_page; }

    void setSelectedClaim(ClaimId id);
    ClaimId selectedClaim() const { return m_selected; }

    const ClaimSpanIndex &spans() const { return m_spans; }

    // Highlights again every paragraph that the UTF-16 range [from, to) touches.
    void rehighlightRange(qsizetype from, qsizetype to);

    // A long article is not highlighted all at once as its text goes in: between
    // deferBeyond() and endDeferral(), paragraphs starting past `eagerCharacters` are left
    // plain and pending. They are highlighted in idle moments after, from the top, a few
    // milliseconds at a time; highlightPendingIn() does the ones about to be shown first.
    void deferBeyond(qsizetype eagerCharacters);
    void endDeferral();
    void highlightPendingIn(qsizetype from, qsizetype to);
    bool hasPending() const { return m_pendingCount > 0; }
    // Everything looks different (colours, cues): every paragraph becomes pending, and
    // pendingAdded() lets the view highlight what it shows at once.
    void rehighlightSoon();

Q_SIGNALS:
    void pendingAdded();

public:
    // The translucency of one claim's layer, and of the selected claim's.
    static constexpr qreal LayerOpacity = 0.3;
    static constexpr qreal SelectedLayerOpacity = 0.6;

protected:
    void highlightBlock(const QString &text) override;

    // Called for every paragraph after the claims are set; nothing by default.
    virtual void highlightCues(const QString &text);
    // Adds `format`'s properties to what [start, start + count) of the current paragraph
    // already has, keeping the claims' backgrounds unless `format` sets its own, and the
    // selected claim's underline whatever `format` says.
    void mergeFormat(int start, int count, const QTextCharFormat &format);
    // Called when the page colour changed, before the document is highlighted again.
    virtual void pageColorChanged() {}
    // Replaces the claims' colours without repainting; whether any differs.
    bool takeColors(QHash<ClaimId, QRgb> colors);

private:
    // The sums over the claims covering one piece of text.
    struct Look
    {
        void add(QRgb color, int sign, bool isSelected);
        int red = 0;
        int green = 0;
        int blue = 0;
        int weights = 0;
        int layers = 0;
        QRgb selected = 0; // the selected claim's colour while it covers the piece
    };
    // Where a claim starts (sign 1) or ends (sign -1) within the current paragraph.
    struct Cut
    {
        qsizetype position;
        QRgb color;
        int sign;
        bool selected;
    };

    void highlightClaims(qsizetype blockStart, qsizetype blockEnd);
    void setPending(int blockNumber, bool pending);
    bool isPending(int blockNumber) const;
    void highlightSomePending();
    const QTextCharFormat &formatFor(const Look &look);
    void rehighlightSpan(ClaimId id);

    ClaimSpanIndex m_spans;
    QHash<ClaimId, QRgb> m_colors;
    ClaimId m_selected;
    QColor m_page;

    // Key: the rounded background, and the selected claim's colour above bit 32 (real
    // colours are opaque, so never 0).
    QHash<quint64, QTextCharFormat> m_formats;

    qsizetype m_deferFrom = -1;  // during a new text's first pass; -1 otherwise
    std::vector<bool> m_pending; // by paragraph number
    int m_pendingCount = 0;
    int m_nextPending = 0; // where the idle pass goes on
    QTimer m_idle;

    // Scratch space reused by every paragraph.
    std::vector<ClaimSpan> m_blockSpans;
    std::vector<Cut> m_cuts;
};

} // namespace demarche
