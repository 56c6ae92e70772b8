#pragma once
// Answers the modal dialogs a window opens during a test (import summaries, errors) by
// closing them, and keeps what each message box said. File dialogs are left to the test,
// which drives them itself.

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QStringList>
#include <QTimer>

class ModalCloser final
{
public:
    ModalCloser()
    {
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, [this]() {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || qobject_cast<QFileDialog *>(modal))
                return;
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                m_messages.append(box->text() + QLatin1Char('\n') + box->informativeText());
            modal->close();
        });
        m_timer.start();
    }
    ModalCloser(const ModalCloser &) = delete;
    ModalCloser &operator=(const ModalCloser &) = delete;

    const QStringList &messages() const { return m_messages; }
    void clear() { m_messages.clear(); }

private:
    QTimer m_timer;
    QStringList m_messages;
};
