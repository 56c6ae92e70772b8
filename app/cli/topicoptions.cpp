#include "cli/topicoptions.h"

#include "cli/clisupport.h"
#include "core/domain/translation.h"

namespace demarche::cli {

QList<QCommandLineOption> topicScaleOptions()
{
    return {valueOption(QStringLiteral("negative-pole"),
                        CliText::tr("What a position of -100 means on this topic."),
                        CliText::tr("TEXT")),
            valueOption(QStringLiteral("positive-pole"),
                        CliText::tr("What a position of +100 means on this topic."),
                        CliText::tr("TEXT")),
            valueOption(QStringLiteral("scale-note"),
                        CliText::tr("How to score positions on this topic."), CliText::tr("TEXT"))};
}

void readTopicScale(const QCommandLineParser &parser, Topic &topic)
{
    const struct
    {
        const char *option;
        QString Topic::*field;
    } fields[] = {{"negative-pole", &Topic::negativePole},
                  {"positive-pole", &Topic::positivePole},
                  {"scale-note", &Topic::scaleNote}};
    for (const auto &field : fields) {
        const QString name = QString::fromLatin1(field.option);
        if (parser.isSet(name))
            topic.*field.field = parser.value(name);
    }
}

} // namespace demarche::cli
