#pragma once

#include "core/domain/document.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace demarche {

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showDocument(const Document &document);

    std::optional<Document> m_document; // without text
    QLabel *m_title;
    QLabel *m_details;
};

} // namespace demarche
