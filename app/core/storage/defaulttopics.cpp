#include "core/storage/defaulttopics.h"

#include <QCoreApplication>

namespace demarche {

QList<Topic> defaultTopics()
{
    auto topic = [](const char *name, QRgb color, QStringList keywords, const char *negative,
                    const char *positive, const char *note) {
        Topic t;
        t.name = QCoreApplication::translate("DefaultTopics", name);
        t.color = QColor(color);
        t.keywords = std::move(keywords);
        t.negativePole = QCoreApplication::translate("DefaultTopics", negative);
        t.positivePole = QCoreApplication::translate("DefaultTopics", positive);
        t.scaleNote = QCoreApplication::translate("DefaultTopics", note);
        return t;
    };
    // The poles are the ends of what the parties ask for, so that their demands land near
    // the ends and compromises in between.
    return {
        topic(
            QT_TRANSLATE_NOOP("DefaultTopics", "Ukraine"), 0x4e79a7,
            {QStringLiteral("Ukraine"), QStringLiteral("Ukrainian"), QStringLiteral("Kyiv"),
             QStringLiteral("Kiev"), QStringLiteral("Crimea"), QStringLiteral("Donbas"),
             QStringLiteral("Donbass"), QStringLiteral("Donetsk"), QStringLiteral("Luhansk"),
             QStringLiteral("Zaporizhzhia"), QStringLiteral("Kherson"), QStringLiteral("Zelensky"),
             QStringLiteral("Black Sea")},
            QT_TRANSLATE_NOOP("DefaultTopics", "Full Ukrainian sovereignty over all its territory"),
            QT_TRANSLATE_NOOP("DefaultTopics",
                              "Russian control of the annexed regions and a neutral Ukraine"),
            QT_TRANSLATE_NOOP("DefaultTopics",
                              "Score the settlement the speaker wants: territory, neutrality, "
                              "security guarantees. 0 is a ceasefire on the current line with "
                              "the rest left open.")),
        topic(QT_TRANSLATE_NOOP("DefaultTopics", "Syria"), 0x59a14f,
              {QStringLiteral("Syria"), QStringLiteral("Syrian"), QStringLiteral("Damascus"),
               QStringLiteral("Aleppo"), QStringLiteral("Idlib"), QStringLiteral("Latakia"),
               QStringLiteral("Tartus"), QStringLiteral("Golan")},
              QT_TRANSLATE_NOOP("DefaultTopics",
                                "No dealings with Damascus before a political transition"),
              QT_TRANSLATE_NOOP("DefaultTopics",
                                "Full normalisation with the government in Damascus"),
              QT_TRANSLATE_NOOP("DefaultTopics",
                                "Reconstruction money, sanctions relief and recognition count as "
                                "dealings; humanitarian access alone does not move a position.")),
        topic(
            QT_TRANSLATE_NOOP("DefaultTopics", "Iran"), 0xe15759,
            {QStringLiteral("Iran"), QStringLiteral("Iranian"), QStringLiteral("Tehran"),
             QStringLiteral("JCPOA"), QStringLiteral("nuclear deal"),
             QStringLiteral("uranium enrichment"), QStringLiteral("IAEA"),
             QStringLiteral("Strait of Hormuz")},
            QT_TRANSLATE_NOOP("DefaultTopics", "Pressure alone: sanctions and isolation, no talks"),
            QT_TRANSLATE_NOOP("DefaultTopics", "Talks and engagement without conditions"),
            QT_TRANSLATE_NOOP("DefaultTopics",
                              "Conditions set before talks (inspections first, limits on "
                              "enrichment) move a position towards 0.")),
    };
}

} // namespace demarche
