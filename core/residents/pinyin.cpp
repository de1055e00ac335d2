// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/residents/pinyin.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace tz {
namespace {

// Surnames (compound ones first) whose surname reading ICU gets wrong or ambiguous.
const QList<QPair<QString, QString>> &surnameOverrides()
{
    static const QList<QPair<QString, QString>> table {
        {QStringLiteral("尉迟"), QStringLiteral("yu chi")},
        {QStringLiteral("长孙"), QStringLiteral("zhang sun")},
        {QStringLiteral("万俟"), QStringLiteral("mo qi")},
        {QStringLiteral("令狐"), QStringLiteral("ling hu")},
        {QStringLiteral("单"), QStringLiteral("shan")},
        {QStringLiteral("曾"), QStringLiteral("zeng")},
        {QStringLiteral("解"), QStringLiteral("xie")},
        {QStringLiteral("仇"), QStringLiteral("qiu")},
        {QStringLiteral("朴"), QStringLiteral("piao")},
        {QStringLiteral("区"), QStringLiteral("ou")},
        {QStringLiteral("查"), QStringLiteral("zha")},
        {QStringLiteral("乐"), QStringLiteral("yue")},
        {QStringLiteral("盖"), QStringLiteral("ge")},
        {QStringLiteral("缪"), QStringLiteral("miao")},
        {QStringLiteral("覃"), QStringLiteral("qin")},
        {QStringLiteral("召"), QStringLiteral("shao")},
        {QStringLiteral("种"), QStringLiteral("chong")},
        {QStringLiteral("折"), QStringLiteral("she")},
        {QStringLiteral("翟"), QStringLiteral("zhai")},
        {QStringLiteral("秘"), QStringLiteral("bi")},
        {QStringLiteral("阚"), QStringLiteral("kan")},
        {QStringLiteral("蓝"), QStringLiteral("lan")},
        {QStringLiteral("莫"), QStringLiteral("mo")},
        {QStringLiteral("韦"), QStringLiteral("wei")},
        {QStringLiteral("柏"), QStringLiteral("bai")},
        {QStringLiteral("卜"), QStringLiteral("bu")},
        {QStringLiteral("过"), QStringLiteral("guo")},
        {QStringLiteral("晟"), QStringLiteral("cheng")},
    };
    return table;
}

const QList<QPair<QString, QString>> &placeOverrides()
{
    static const QList<QPair<QString, QString>> table {
        {QStringLiteral("长安"), QStringLiteral("chang an")},
        {QStringLiteral("重庆"), QStringLiteral("chong qing")},
        {QStringLiteral("都安"), QStringLiteral("du an")},
        {QStringLiteral("大化"), QStringLiteral("da hua")},
        {QStringLiteral("六盘水"), QStringLiteral("liu pan shui")},
        {QStringLiteral("六甲"), QStringLiteral("liu jia")},
        {QStringLiteral("六圩"), QStringLiteral("liu xu")},
        {QStringLiteral("五圩"), QStringLiteral("wu xu")},
        {QStringLiteral("九圩"), QStringLiteral("jiu xu")},
        {QStringLiteral("东兰"), QStringLiteral("dong lan")},
    };
    return table;
}

QString initialsOf(const QString &syllables)
{
    QString result;
    for (const QString &s : syllables.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        result += s.at(0);
    return result;
}

QString withOverrides(QStringView text, const QList<QPair<QString, QString>> &table, bool prefixOnly)
{
    for (const auto &[chinese, reading] : table) {
        if (text.startsWith(chinese)) {
            const QString rest = Pinyin::full(text.mid(chinese.size()));
            return rest.isEmpty() ? reading : reading + QLatin1Char(' ') + rest;
        }
    }
    if (prefixOnly)
        return Pinyin::full(text);
    return Pinyin::full(text);
}

} // namespace

QString Pinyin::transliterate(QStringView text)
{
    static QMutex mutex;
    static std::unique_ptr<icu::Transliterator> transliterator;
    QMutexLocker lock(&mutex);
    if (!transliterator) {
        UErrorCode status = U_ZERO_ERROR;
        transliterator.reset(
            icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            transliterator.reset();
    }
    if (!transliterator)
        return text.toString().toLower();
    icu::UnicodeString value(
        reinterpret_cast<const UChar *>(text.utf16()), static_cast<int32_t>(text.size()));
    transliterator->transliterate(value);
    return QString(reinterpret_cast<const QChar *>(value.getBuffer()), value.length());
}

QString Pinyin::full(QStringView text)
{
    // Han-Latin separates the syllables of a run of Han characters with spaces; other text
    // passes through. Keep letters and digits only, one space between words.
    const QString latin = transliterate(text);
    QString result;
    bool space = false;
    for (const QChar c : latin) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (space && !result.isEmpty())
                result += QLatin1Char(' ');
            result += c;
            space = false;
        } else {
            space = true;
        }
    }
    return result;
}

QString Pinyin::initials(QStringView text)
{
    return initialsOf(full(text));
}

QString Pinyin::fullForName(QStringView name)
{
    return withOverrides(name.trimmed(), surnameOverrides(), true);
}

QString Pinyin::initialsForName(QStringView name)
{
    return initialsOf(fullForName(name));
}

QString Pinyin::fullForPlace(QStringView place)
{
    return withOverrides(place.trimmed(), placeOverrides(), true);
}

} // namespace tz
