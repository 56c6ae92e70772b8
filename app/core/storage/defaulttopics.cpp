#include "core/storage/defaulttopics.h"

#include <QCoreApplication>

namespace demarche {

QList<Topic> defaultTopics()
{
    auto topic = [](const char *name, QRgb color, QStringList keywords) {
        Topic t;
        t.name = QCoreApplication::translate("DefaultTopics", name);
        t.color = QColor(color);
        t.keywords = std::move(keywords);
        return t;
    };
    return {
        topic(QT_TRANSLATE_NOOP("DefaultTopics", "Ukraine"), 0x4e79a7,
              {QStringLiteral("Ukraine"), QStringLiteral("Ukrainian"), QStringLiteral("Kyiv"),
               QStringLiteral("Kiev"), QStringLiteral("Crimea"), QStringLiteral("Donbas"),
               QStringLiteral("Donbass"), QStringLiteral("Donetsk"), QStringLiteral("Luhansk"),
               QStringLiteral("Zaporizhzhia"), QStringLiteral("Kherson"),
               QStringLiteral("Zelensky"), QStringLiteral("Black Sea")}),
        topic(QT_TRANSLATE_NOOP("DefaultTopics", "Syria"), 0x59a14f,
              {QStringLiteral("Syria"), QStringLiteral("Syrian"), QStringLiteral("Damascus"),
               QStringLiteral("Aleppo"), QStringLiteral("Idlib"), QStringLiteral("Latakia"),
               QStringLiteral("Tartus"), QStringLiteral("Golan")}),
        topic(QT_TRANSLATE_NOOP("DefaultTopics", "Iran"), 0xe15759,
              {QStringLiteral("Iran"), QStringLiteral("Iranian"), QStringLiteral("Tehran"),
               QStringLiteral("JCPOA"), QStringLiteral("nuclear deal"),
               QStringLiteral("uranium enrichment"), QStringLiteral("IAEA"),
               QStringLiteral("Strait of Hormuz")}),
    };
}

} // namespace demarche
