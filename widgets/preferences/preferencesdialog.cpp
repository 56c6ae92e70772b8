#include "widgets/preferences/preferencesdialog.h"

#include "core/domain/catalogues.h"
#include "widgets/preferences/language.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace demarche {
namespace {

// A menu item's text as a list item: without its mnemonic ("Follow the &System").
QString withoutMnemonic(QString text)
{
    static const QChar Placeholder(0xfffc);
    text.replace(QStringLiteral("&&"), QString(Placeholder));
    text.remove(u'&');
    text.replace(Placeholder, u'&');
    return text;
}

} // namespace

PreferencesDialog::PreferencesDialog(QActionGroup *appearance, QAction *showCues, QWidget *parent)
    : QDialog(parent)
    , m_appearanceActions(appearance)
    , m_showCues(showCues)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    auto *form = new QFormLayout;
    // The choices take the dialog's width, which leaves room for the longest language's
    // labels and names.
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    setMinimumWidth(56 * fontMetrics().averageCharWidth());
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_languageLabel = new QLabel(this);
    m_languageLabel->setObjectName(QStringLiteral("languageLabel"));
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);
    m_appearance = new QComboBox(this);
    m_appearance->setObjectName(QStringLiteral("appearanceCombo"));
    m_appearanceLabel = new QLabel(this);
    m_appearanceLabel->setBuddy(m_appearance);
    form->addRow(m_appearanceLabel, m_appearance);
    m_cues = new QCheckBox(this);
    m_cues->setObjectName(QStringLiteral("cuesCheck"));
    form->addRow(m_cues);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    // Each language under its own name, which reads the same in every language.
    m_language->addItem(QString(), QString());
    for (const QLocale::Language language : offeredLanguages())
        m_language->addItem(nativeLanguageName(language), QLocale::languageToCode(language));
    for (int i = 0; i < m_appearanceActions->actions().size(); ++i)
        m_appearance->addItem(QString());

    connect(m_language, &QComboBox::activated, this, &PreferencesDialog::languageChosen);
    connect(m_appearance, &QComboBox::activated, this, [this](int index) {
        if (QAction *choice = m_appearanceActions->actions().value(index); choice)
            choice->trigger();
    });
    connect(m_cues, &QCheckBox::toggled, m_showCues, &QAction::setChecked);
    // The menu may change them too, and retranslates them on its own.
    for (QAction *action : m_appearanceActions->actions())
        connect(action, &QAction::changed, this, &PreferencesDialog::showChoices);
    connect(m_showCues, &QAction::changed, this, &PreferencesDialog::showChoices);
    retranslateUi();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    m_appearanceLabel->setText(tr("&Appearance:"));
    showChoices();
}

// The actions' texts and states, as they are now.
void PreferencesDialog::showChoices()
{
    const QList<QAction *> choices = m_appearanceActions->actions();
    // "Follow the System" fits the language as it does the appearance.
    if (!choices.isEmpty())
        m_language->setItemText(0, withoutMnemonic(choices.constFirst()->text()));
    const int language = m_language->findData(savedLanguage());
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    for (int i = 0; i < choices.size(); ++i) {
        m_appearance->setItemText(i, withoutMnemonic(choices.at(i)->text()));
        if (choices.at(i)->isChecked())
            m_appearance->setCurrentIndex(i);
    }
    const QSignalBlocker blocker(m_cues);
    m_cues->setText(m_showCues->text());
    m_cues->setToolTip(m_showCues->toolTip());
    m_cues->setChecked(m_showCues->isChecked());
}

void PreferencesDialog::languageChosen(int index)
{
    const QString code = m_language->itemData(index).toString();
    saveLanguage(code);
    applyLanguage(code);
}

} // namespace demarche
