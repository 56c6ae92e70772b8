#pragma once

#include <QCoreApplication>

namespace demarche {

// Translation context of the sample project's messages (SampleText::tr("...")).
struct SampleText
{
    Q_DECLARE_TR_FUNCTIONS(SampleProject)
};

} // namespace demarche
