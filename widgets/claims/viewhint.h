#pragma once

#include <QLabel>

class QAbstractScrollArea;

namespace demarche {

class GuideLinkLabel;

// A muted, centred line of text over an item view's viewport, for its empty states
// ("No claims yet ..."), and below it an optional link into the user guide. It follows
// the viewport's size and lets clicks through, but for the link.
class ViewHint final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewHint)

public:
    explicit ViewHint(QAbstractScrollArea *view);

    // A link below the text to the guide's section `anchor` ("How to tag a claim"),
    // shown with the hint; an empty anchor removes it.
    void setGuideLink(const QString &text, const QString &anchor);
    GuideLinkLabel *guideLink() const { return m_link; }
    void setVisible(bool visible) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyMutedColor();
    void place();

    GuideLinkLabel *m_link = nullptr; // a sibling: this label lets every click through
    bool m_settingPalette = false;
};

} // namespace demarche
