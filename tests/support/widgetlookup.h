#pragma once

#include <QObject>
#include <QString>

namespace demarche::testing {

// The named child a test drives; a missing one stops the test program, since the widget
// under test is then not the one the test was written for.
template <typename T>
T *requireChild(const QObject *parent, const QString &name)
{
    auto *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

} // namespace demarche::testing
