#pragma once

#include <QLabel>

namespace demarche {

// A link into the user guide ("How to tag a claim") for an empty state: it opens the
// guide at its section, and shows nothing while it has none.
class GuideLinkLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideLinkLabel)

public:
    explicit GuideLinkLabel(QWidget *parent = nullptr);
    GuideLinkLabel(const QString &text, const QString &anchor, QWidget *parent = nullptr);

    // An empty anchor clears the link.
    void setGuide(const QString &text, const QString &anchor);
    QString anchor() const { return m_anchor; }

private:
    QString m_anchor;
};

} // namespace demarche
