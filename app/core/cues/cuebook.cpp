#include "core/cues/cuebook.h"

#include "core/text/nfc.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace demarche {

namespace {

bool isMatchable(const QString &text)
{
    if (text.isEmpty() || !text.isValidUtf16())
        return false;
    bool hasWordCharacter = false;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0xfffe
            || c.unicode() == 0xffff) {
            return false;
        }
        hasWordCharacter = hasWordCharacter || !isCueDelimiter(c);
    }
    return hasWordCharacter;
}

struct PendingTerm
{
    QString text;
    QList<CueEntry> entries;
};

} // namespace

const QString &cueDefaultDelimiters()
{
    // Kate's own word delimiters, which KSyntaxHighlighting applies to every definition.
    static const QString delimiters = QStringLiteral("\t !%&()*+,-./:;<=>?[\\]^{|}~");
    return delimiters;
}

const QString &cueAdditionalDelimiters()
{
    static const QString delimiters = QStringLiteral(
        "\"'`#@"
        "\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a" // quotes
        "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"                               // dashes
        "\u2026\u00a0\u2002\u2003\u2009\u200a\u202f\u3000"                         // … and spaces
        "\u00bf\u00a1\u00b7");
    return delimiters;
}

bool isCueDelimiter(QChar c)
{
    // Asked for every character of every article: one table lookup.
    static const std::vector<bool> table = [] {
        std::vector<bool> t(0x10000, false);
        for (const QChar d : QString(cueDefaultDelimiters() + cueAdditionalDelimiters()))
            t[d.unicode()] = true;
        return t;
    }();
    return table[c.unicode()];
}

char16_t cueInitialKey(QStringView text, qsizetype offset)
{
    const QChar first = text[offset];
    return first.isSurrogate() ? first.unicode() : QChar::toCaseFolded(first.unicode());
}

const QString &charactersWithInitialKey(char16_t key)
{
    // Built once: the definition asks for it at every codebook edit.
    static const QHash<char16_t, QString> byKey = [] {
        QHash<char16_t, QString> table;
        for (char32_t c = 0; c < 0x10000; ++c) {
            const QChar character{char16_t(c)};
            table[cueInitialKey(QStringView(&character, 1))] += character;
        }
        return table;
    }();
    static const QString none;
    const auto found = byKey.constFind(key);
    return found == byKey.cend() ? none : *found;
}

CueBook CueBook::fromCodebook(const QList<Actor> &actors, const QList<Topic> &topics)
{
    QList<PendingTerm> pending;
    QHash<QString, qsizetype> byKey;
    const auto add = [&](const QString &raw, CueEntry entry) {
        const QString text = textimport::toNfc(raw.trimmed());
        if (!isMatchable(text))
            return;
        const QString key = text.toCaseFolded();
        const auto found = byKey.constFind(key);
        if (found == byKey.cend()) {
            byKey.insert(key, pending.size());
            pending.append({text, {entry}});
        } else if (!pending[*found].entries.contains(entry)) {
            pending[*found].entries.append(entry);
        }
    };
    for (const Actor &actor : actors) {
        const CueEntry entry{CueKind::Actor, actor.id.value()};
        add(actor.name, entry);
        for (const QString &alias : actor.aliases)
            add(alias, entry);
    }
    for (const Topic &topic : topics) {
        const CueEntry entry{CueKind::Topic, topic.id.value()};
        add(topic.name, entry);
        for (const QString &keyword : topic.keywords)
            add(keyword, entry);
    }

    CueBook book;
    for (PendingTerm &term : pending) {
        auto group = std::find(book.m_groups.cbegin(), book.m_groups.cend(), term.entries);
        if (group == book.m_groups.cend()) {
            book.m_groups.append(term.entries);
            group = book.m_groups.cend() - 1;
        }
        const bool singleWord = std::none_of(term.text.cbegin(), term.text.cend(), isCueDelimiter);
        book.m_terms.append(
            {std::move(term.text), int(group - book.m_groups.cbegin()), singleWord});
    }
    return book;
}

bool operator==(const CueBook &a, const CueBook &b)
{
    if (a.m_groups != b.m_groups || a.m_terms.size() != b.m_terms.size())
        return false;
    for (qsizetype i = 0; i < a.m_terms.size(); ++i) {
        if (a.m_terms[i].text != b.m_terms[i].text || a.m_terms[i].group != b.m_terms[i].group)
            return false;
    }
    return true;
}

} // namespace demarche
