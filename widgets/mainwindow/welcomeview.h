#pragma once

#include <QWidget>

class QListWidget;

namespace demarche {

// What a first start shows, and what shows when no project is open: start a project,
// open one, try the sample, or pick a recent one.
class WelcomeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeView)

public:
    explicit WelcomeView(QWidget *parent = nullptr);
    void refreshRecent();

Q_SIGNALS:
    void newProjectRequested();
    void openProjectRequested();
    void sampleRequested();
    void recentProjectRequested(const QString &path);

private:
    QListWidget *m_recent = nullptr;
    QWidget *m_recentBox = nullptr;
};

} // namespace demarche
