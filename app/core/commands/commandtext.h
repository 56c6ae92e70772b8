#pragma once

#include <QCoreApplication>

namespace demarche {

// Translation context for the texts of undo commands (Edit ▸ Undo "Add claim").
struct CommandText
{
    Q_DECLARE_TR_FUNCTIONS(Command)
};

} // namespace demarche
