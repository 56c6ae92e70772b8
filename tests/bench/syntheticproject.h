#pragma once

#include "core/domain/result.h"

#include <QString>

#include <random>

namespace demarche {

class ProjectStore;

// Builds a reproducible project of the size analysts reach after months of work:
// documents of news prose, a codebook with parent actors, and claims spread over them.
struct SyntheticProjectSize
{
    int documents = 1000;
    int actors = 50;
    int topics = 30;
    int claims = 100000;
};

// Fills `store` (a new project) with documents, actors and topics, but no claims.
Status addSyntheticCodebookAndDocuments(ProjectStore &store, const SyntheticProjectSize &size,
                                        std::mt19937 &random);
// Adds `count` claims at word boundaries of the project's documents, in one transaction.
Status addSyntheticClaims(ProjectStore &store, int count, std::mt19937 &random);

// Creates the project file at `path` with the default size, unless it exists already
// (benchmarks run with --keep reuse it). Always the same project: the seed is fixed.
Status createSyntheticProjectIfMissing(const QString &path);

// About `bytes` of article-like prose, with some accented, Cyrillic and emoji characters.
QString syntheticProse(qsizetype bytes, std::mt19937 &random);

} // namespace demarche
