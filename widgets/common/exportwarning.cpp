#include "widgets/common/exportwarning.h"

#include <QMessageBox>

namespace demarche {

void showExportWarning(QWidget *parent, const QString &title, const QString &text,
                       const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("exportError"));
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace demarche
