#include "core/cues/cuematcher.h"

namespace demarche {

CueMatcher::~CueMatcher() = default;

} // namespace demarche
