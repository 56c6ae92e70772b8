#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QMimeData;
class QWidget;

namespace demarche {

// Lets the main window take drops: a single .demarche file opens that project; other
// local files, folders or text become documents. It only reports what was dropped; the
// window decides what to do, through a queued connection so that the drag source (the
// file manager) is released before any dialog appears.
class FileDropFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileDropFilter)

public:
    explicit FileDropFilter(QObject *parent = nullptr);
    ~FileDropFilter() override;

    // Makes `widget` accept drops and filters its drag and drop events.
    void attachTo(QWidget *widget);

    // The path when the data is exactly one local *.demarche file, else empty.
    static QString projectPath(const QMimeData *mimeData);
    static bool accepts(const QMimeData *mimeData);

Q_SIGNALS:
    void projectDropped(const QString &path);
    void filesDropped(const QStringList &paths);
    void textDropped(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void deliver(const QMimeData *mimeData);
};

} // namespace demarche
