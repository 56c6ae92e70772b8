#include "core/cues/cuebackend.h"

#include "core/cues/builtincuematcher.h"

#ifdef DEMARCHE_HAVE_KSYNTAXHIGHLIGHTING
#include "core/cues/ksyntaxcuematcher.h"
#endif

namespace demarche {

QList<CueBackend> availableCueBackends()
{
#ifdef DEMARCHE_HAVE_KSYNTAXHIGHLIGHTING
    return {CueBackend::KSyntaxHighlighting, CueBackend::Builtin};
#else
    return {CueBackend::Builtin};
#endif
}

CueBackend defaultCueBackend()
{
    // For comparing the engines in one build (benchmarks, a suspected difference).
    if (qEnvironmentVariable("DEMARCHE_CUE_ENGINE") == QLatin1String("builtin"))
        return CueBackend::Builtin;
    return availableCueBackends().constFirst();
}

std::unique_ptr<CueMatcher> createCueMatcher(CueBackend backend)
{
#ifdef DEMARCHE_HAVE_KSYNTAXHIGHLIGHTING
    if (backend == CueBackend::KSyntaxHighlighting)
        return std::make_unique<KSyntaxCueMatcher>();
#endif
    Q_UNUSED(backend)
    return std::make_unique<BuiltinCueMatcher>();
}

QString cueBackendName(CueBackend backend)
{
#ifdef DEMARCHE_HAVE_KSYNTAXHIGHLIGHTING
    if (backend == CueBackend::KSyntaxHighlighting)
        return KSyntaxCueMatcher::engineName();
#endif
    Q_UNUSED(backend)
    return QStringLiteral("built-in");
}

} // namespace demarche
