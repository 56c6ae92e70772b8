#pragma once

#include "core/cues/cuematcher.h"

#include <QString>

#include <memory>

namespace demarche {

// The cue engine on KSyntaxHighlighting: the book is written as a syntax definition into
// a folder of its own under the application's data folder, the repository is told to look
// there, and each line is run through the definition by a headless highlighter that
// collects the formats it applies.
class KSyntaxCueMatcher final : public CueMatcher
{
public:
    KSyntaxCueMatcher();
    ~KSyntaxCueMatcher() override;

    void setBook(const CueBook &book) override;
    void matchLine(QStringView line, std::vector<CueSpan> &out) override;

    // "KSyntaxHighlighting 6.13.0".
    static QString engineName();

private:
    class Engine;
    std::unique_ptr<Engine> m_engine;
};

} // namespace demarche
