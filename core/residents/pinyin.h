// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QString>

namespace tz {

// Pinyin of Chinese text through ICU's Han-Latin transliterator (created once: ~100 ms), with
// override tables for polyphonic surnames (单 shan, 曾 zeng, 覃 qin …) and place names (都安 du an)
// that ICU reads wrongly. Used to find people and catalog items by what a clerk types.
class Pinyin
{
public:
    static QString full(QStringView text); // "li cheng hui"
    static QString initials(QStringView text); // "lch"
    static QString fullForName(QStringView name);
    static QString initialsForName(QStringView name);
    static QString fullForPlace(QStringView place);

private:
    static QString transliterate(QStringView text);
};

} // namespace tz
