#include "core/domain/languagechange.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>

#include <utility>

namespace demarche {

namespace {

// Qt sends QEvent::LanguageChange to the application object whenever a translator comes
// or goes. A filter on the application sees every event of the program, so there is one,
// and it passes the change on through a signal: connections end with their receivers.
class LanguageChangeRelay : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void languageChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange && watched == parent())
            Q_EMIT languageChanged();
        return false;
    }
};

LanguageChangeRelay *relay()
{
    static QPointer<LanguageChangeRelay> instance;
    auto *application = QCoreApplication::instance();
    if (!instance && application) {
        instance = new LanguageChangeRelay(application);
        application->installEventFilter(instance);
    }
    return instance;
}

} // namespace

void onLanguageChange(QObject *owner, std::function<void()> react)
{
    auto *source = relay();
    if (!owner || !source)
        return;
    QObject::connect(source, &LanguageChangeRelay::languageChanged, owner, std::move(react));
}

} // namespace demarche

#include "languagechange.moc"
