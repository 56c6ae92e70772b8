#pragma once

#include <QWidget>

#include <memory>

namespace demarche {

class GuideLinkLabel;

namespace Ui {
class WelcomeView;
}

// What a first start shows, and what shows when no project is open: start a project,
// open one, try the sample, or pick a recent one.
class WelcomeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeView)

public:
    explicit WelcomeView(QWidget *parent = nullptr);
    ~WelcomeView() override;
    void refreshRecent();

Q_SIGNALS:
    void newProjectRequested();
    void openProjectRequested();
    void sampleRequested();
    void recentProjectRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    std::unique_ptr<Ui::WelcomeView> m_ui; // welcomeview.ui
    GuideLinkLabel *m_guide = nullptr;
};

} // namespace demarche
