#include "widgets/common/datetyping.h"

#include "core/models/displayformat.h"

#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QLineEdit>

namespace demarche {
namespace {

class DateTyping final : public QObject
{
public:
    explicit DateTyping(QDateTimeEdit *edit)
        : QObject(edit)
        , m_edit(edit)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_edit && event->type() == QEvent::KeyPress)
            selectPartBeforeTyping(static_cast<const QKeyEvent *>(event)->text());
        if (watched == m_edit && event->type() == QEvent::LanguageChange)
            m_edit->setDisplayFormat(displayformat::dateFormat());
        return QObject::eventFilter(watched, event);
    }

private:
    void selectPartBeforeTyping(const QString &typed)
    {
        if (typed.isEmpty() || !typed.at(0).isDigit())
            return;
        auto *line = m_edit->findChild<QLineEdit *>();
        if (!line)
            return;
        // Only a complete date: in the middle of typing a part ("20" of a year) the
        // digits go on where they are.
        if (line->text() != m_edit->dateTime().toString(m_edit->displayFormat()))
            return;
        const QDateTimeEdit::Section section = m_edit->currentSection();
        if (line->hasSelectedText() && line->selectedText() == m_edit->sectionText(section))
            return;
        line->setCursorPosition(line->hasSelectedText() ? line->selectionStart()
                                                        : line->cursorPosition());
        m_edit->setSelectedSection(m_edit->currentSection());
    }

    QDateTimeEdit *m_edit;
};

} // namespace

void typeIntoDateParts(QDateTimeEdit *edit)
{
    edit->setDisplayFormat(displayformat::dateFormat());
    edit->installEventFilter(new DateTyping(edit));
}

} // namespace demarche
