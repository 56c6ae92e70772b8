#include "core/domain/topicscale.h"

#include <QCoreApplication>

namespace demarche::topicscale {
namespace {

struct ScaleText
{
    Q_DECLARE_TR_FUNCTIONS(TopicScale)
};

QString end(const QString &value, const QString &pole)
{
    return pole.isEmpty() ? ScaleText::tr("%1: not defined").arg(value)
                          : ScaleText::tr("%1: %2").arg(value, pole);
}

} // namespace

QString notDefined()
{
    return ScaleText::tr("scale not defined");
}

QString negativeEnd(const Topic &topic)
{
    return end(QStringLiteral("\u2212100"), topic.negativePole);
}

QString positiveEnd(const Topic &topic)
{
    return end(QStringLiteral("+100"), topic.positivePole);
}

QString summary(const Topic &topic)
{
    if (!topic.hasScale())
        return notDefined();
    return ScaleText::tr("%1 \u00b7 %2").arg(negativeEnd(topic), positiveEnd(topic));
}

} // namespace demarche::topicscale
