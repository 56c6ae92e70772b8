#include "core/domain/document.h"

#include <algorithm>

namespace demarche {

int pageAt(const QList<PageStart> &pages, qsizetype offset)
{
    // The last page that starts at or before `offset`.
    const auto after = std::upper_bound(
        pages.cbegin(), pages.cend(), offset,
        [](qsizetype value, const PageStart &start) { return value < start.offset; });
    return after == pages.cbegin() ? 0 : std::prev(after)->page;
}

} // namespace demarche
