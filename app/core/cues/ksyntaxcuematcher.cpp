#include "core/cues/ksyntaxcuematcher.h"

#include "core/cues/cuedefinition.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <atomic>

namespace demarche {

namespace {

// Where definitions are written: the application's data folder, or the temporary folder
// when that cannot be written (a read-only home).
std::unique_ptr<QTemporaryDir> makeDefinitionFolder()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    const QString base = data + QStringLiteral("/cue-definitions");
    if (!data.isEmpty() && QDir().mkpath(base)) {
        auto folder = std::make_unique<QTemporaryDir>(base + QStringLiteral("/XXXXXX"));
        if (folder->isValid())
            return folder;
    }
    return std::make_unique<QTemporaryDir>();
}

} // namespace

class KSyntaxCueMatcher::Engine final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    Engine()
        : m_folder(makeDefinitionFolder())
    {
        static std::atomic<int> instances{0};
        m_name = QStringLiteral("Demarche Cues %1-%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(++instances);
        if (m_folder->isValid()) {
            QDir(m_folder->path()).mkpath(QStringLiteral("syntax"));
            m_repository.addCustomSearchPath(m_folder->path());
        }
    }

    void load(const CueBook &book)
    {
        m_groupOfFormat.clear();
        setDefinition(KSyntaxHighlighting::Definition());
        if (book.isEmpty() || !m_folder->isValid())
            return;
        QSaveFile file(m_folder->filePath(QStringLiteral("syntax/cues.xml")));
        if (!file.open(QIODevice::WriteOnly) || file.write(cueDefinitionXml(book, m_name)) < 0
            || !file.commit()) {
            return;
        }
        // Definitions fetched before a reload are dead; fetch it again.
        m_repository.reload();
        const KSyntaxHighlighting::Definition definition = m_repository.definitionForName(m_name);
        if (!definition.isValid())
            return;
        setDefinition(definition);
        const QList<KSyntaxHighlighting::Format> formats = definition.formats();
        for (const KSyntaxHighlighting::Format &format : formats) {
            const int group = cueGroupOfFormat(format.name());
            if (group >= 0 && group < book.groups().size())
                m_groupOfFormat.insert(format.id(), group);
        }
    }

    void match(QStringView line, std::vector<CueSpan> &out)
    {
        if (!definition().isValid() || line.isEmpty())
            return;
        m_out = &out;
        highlightLine(line, KSyntaxHighlighting::State());
        m_out = nullptr;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        const auto group = m_groupOfFormat.constFind(format.id());
        if (group != m_groupOfFormat.cend() && length > 0 && m_out)
            m_out->push_back({offset, length, *group});
    }

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    KSyntaxHighlighting::Repository m_repository;
    QString m_name;
    QHash<int, int> m_groupOfFormat; // format id → group
    std::vector<CueSpan> *m_out = nullptr;
};

KSyntaxCueMatcher::KSyntaxCueMatcher()
    : m_engine(std::make_unique<Engine>())
{}

KSyntaxCueMatcher::~KSyntaxCueMatcher() = default;

void KSyntaxCueMatcher::setBook(const CueBook &book)
{
    m_book = book;
    m_engine->load(book);
}

void KSyntaxCueMatcher::matchLine(QStringView line, std::vector<CueSpan> &out)
{
    m_engine->match(line, out);
}

QString KSyntaxCueMatcher::engineName()
{
    return QStringLiteral("KSyntaxHighlighting " DEMARCHE_KSYNTAXHIGHLIGHTING_VERSION);
}

} // namespace demarche
