#pragma once

#include "core/cues/cuematcher.h"

#include <QList>
#include <QString>

#include <memory>

namespace demarche {

enum class CueBackend {
    Builtin,
    KSyntaxHighlighting, // only in builds with KF6 SyntaxHighlighting
};

// The backends this build has, the preferred first.
QList<CueBackend> availableCueBackends();
// The preferred backend: KSyntaxHighlighting where the build has it, unless the
// environment says DEMARCHE_CUE_ENGINE=builtin.
CueBackend defaultCueBackend();
std::unique_ptr<CueMatcher> createCueMatcher(CueBackend backend = defaultCueBackend());
// "KSyntaxHighlighting 6.13.0" or "built-in", as --version and About show it.
QString cueBackendName(CueBackend backend = defaultCueBackend());

} // namespace demarche
