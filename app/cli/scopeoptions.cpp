#include "cli/scopeoptions.h"

#include "cli/clisupport.h"
#include "core/domain/translation.h"
#include "core/domain/vocabulary.h"

#include <QCoreApplication>

namespace demarche::cli {
QList<QCommandLineOption> scopeOptions()
{
    return {valueOption(QStringLiteral("from"),
                        CliText::tr("Only documents published on or after this date; "
                                    "undated documents are then left out."),
                        CliText::tr("YYYY-MM-DD")),
            valueOption(QStringLiteral("to"),
                        CliText::tr("Only documents published on or before this date; "
                                    "undated documents are then left out."),
                        CliText::tr("YYYY-MM-DD")),
            valueOption(QStringLiteral("stance"),
                        CliText::tr("Only claims of this stance (repeatable): %1.")
                            .arg(vocabulary::stanceKeys()),
                        CliText::tr("S"))};
}

Result<ClaimScope> scopeFromOptions(const QCommandLineParser &parser)
{
    ClaimScope scope;
    auto from = dateOption(parser, QStringLiteral("from"));
    if (!from)
        return from.error();
    auto to = dateOption(parser, QStringLiteral("to"));
    if (!to)
        return to.error();
    if (from.value() && to.value() && *from.value() > *to.value()) {
        return usageError(
            CliText::tr("--from %1 is after --to %2")
                .arg(from.value()->toString(Qt::ISODate), to.value()->toString(Qt::ISODate)));
    }
    scope.from = from.value();
    scope.to = to.value();
    for (const QString &value : parser.values(QStringLiteral("stance"))) {
        const auto stance = vocabulary::stanceFromKey(value);
        if (!stance) {
            return usageError(CliText::tr("--stance: '%1' is not one of %2")
                                  .arg(value, vocabulary::stanceKeys()));
        }
        if (!scope.stances.contains(*stance))
            scope.stances.append(*stance);
    }
    return scope;
}

QCommandLineOption noRollUpOption()
{
    return flagOption(
        QStringLiteral("no-roll-up"),
        CliText::tr("Count only the actors' own claims, not those of their members."));
}

bool rollUpFromOptions(const QCommandLineParser &parser)
{
    return !parser.isSet(QStringLiteral("no-roll-up"));
}

} // namespace demarche::cli
