#pragma once

#include <QWidget>

class QLabel;

namespace demarche {

struct Document;

// Above the text: the title, large and wrapped, and under it the source and date in a
// muted colour, lined up with the text column.
class ArticleHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleHeader)

public:
    explicit ArticleHeader(QWidget *parent = nullptr);

    void setDocument(const Document &document);
    void clear();
    // Follows the text column's side margins.
    void setSideMargin(int margin);

    QString title() const;
    QString details() const;

private:
    QLabel *m_title;
    QLabel *m_details;
};

} // namespace demarche
