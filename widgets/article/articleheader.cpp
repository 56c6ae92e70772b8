#include "widgets/article/articleheader.h"

#include "core/domain/document.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace demarche {

namespace {

constexpr qreal TitleScale = 1.6;
constexpr int VerticalPadding = 16;

} // namespace

ArticleHeader::ArticleHeader(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * TitleScale);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, VerticalPadding, 0, VerticalPadding / 2);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    retranslateUi();
}

void ArticleHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// The date is written the way the language writes it; "Untitled" is in it too.
void ArticleHeader::retranslateUi()
{
    setAccessibleName(tr("Article title, source and date"));
    m_title->setAccessibleName(tr("Title"));
    m_details->setAccessibleName(tr("Source and date"));
    if (m_document)
        showDocument(*m_document);
}

void ArticleHeader::setDocument(const Document &document)
{
    m_document = document;
    m_document->text.clear(); // the header needs none of it
    showDocument(*m_document);
}

void ArticleHeader::showDocument(const Document &document)
{
    m_title->setText(document.title.isEmpty() ? tr("Untitled") : document.title);
    QStringList parts;
    if (!document.source.isEmpty())
        parts.append(document.source);
    if (document.date.isValid())
        parts.append(QLocale().toString(document.date, QLocale::LongFormat));
    m_details->setText(parts.join(QStringLiteral(" · ")));
    m_details->setVisible(!parts.isEmpty());
    setAccessibleDescription(m_title->text());
}

void ArticleHeader::clear()
{
    m_document.reset();
    m_title->clear();
    m_details->clear();
    setAccessibleDescription(QString());
}

void ArticleHeader::setSideMargin(int margin)
{
    QMargins margins = layout()->contentsMargins();
    margins.setLeft(margin);
    margins.setRight(margin);
    layout()->setContentsMargins(margins);
}

QString ArticleHeader::title() const
{
    return m_title->text();
}

QString ArticleHeader::details() const
{
    return m_details->text();
}

} // namespace demarche
