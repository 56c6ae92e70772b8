#pragma once

// What the benchmarks share: printing, failing, and timing a piece of work as the best
// of several runs, in wall-clock and thread CPU time.
#include "core/domain/result.h"
#include "syntheticproject.h"

#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <utility>

namespace demarche::bench {

inline void say(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

[[noreturn]] inline void die(const QString &message)
{
    std::fprintf(stderr, "bench: %s\n", message.toUtf8().constData());
    std::exit(1);
}

template <typename T>
T take(Result<T> result)
{
    if (!result)
        die(result.error().message);
    return std::move(result).value();
}

inline double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Wall-clock and CPU time of one run, in milliseconds. On a busy shared machine the wall
// clock includes waiting for a core; the CPU time is what an idle machine would take.
struct Timing
{
    double wall = 1e300;
    double cpu = 1e300;
};

// The best of `runs`: the steadier figure.
template <typename Work>
Timing bestOf(int runs, Work work)
{
    Timing best;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        work();
        best.wall = std::min(best.wall, double(timer.nsecsElapsed()) / 1e6);
        best.cpu = std::min(best.cpu, threadCpuMs() - cpuStart);
    }
    return best;
}

inline QString ms(const Timing &timing)
{
    auto one = [](double value) { return QString::number(value, 'f', value < 10 ? 2 : 1); };
    return one(timing.wall) + QStringLiteral(" ms (CPU ") + one(timing.cpu)
           + QStringLiteral(" ms)");
}

// The synthetic project at `path`, built (and the time it took printed) when missing.
inline void prepareSyntheticProject(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const bool existed = QFile::exists(path);
    if (Status s = createSyntheticProjectIfMissing(path); !s)
        die(s.error().message);
    if (!existed)
        say(QStringLiteral("setup: synthetic project in %1 ms").arg(timer.elapsed()));
}

} // namespace demarche::bench
