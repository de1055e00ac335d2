// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "core/ledger/charstokenizer.h"

#include <sqlite3.h>

#include <cstring>
#include <string>
#include <utility>

namespace tz {
namespace {

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

// Decodes one UTF-8 code point at text[i], advancing i. Invalid bytes come out as U+FFFD.
char32_t decode(const char *text, int size, int &i)
{
    const auto byte = static_cast<unsigned char>(text[i]);
    int length = 1;
    char32_t cp = byte;
    if (byte >= 0xF0) {
        length = 4;
        cp = byte & 0x07;
    } else if (byte >= 0xE0) {
        length = 3;
        cp = byte & 0x0F;
    } else if (byte >= 0xC0) {
        length = 2;
        cp = byte & 0x1F;
    } else if (byte >= 0x80) {
        ++i;
        return 0xFFFD;
    }
    if (i + length > size) {
        i = size;
        return 0xFFFD;
    }
    for (int k = 1; k < length; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    i += length;
    return cp;
}

bool isCjk(char32_t cp)
{
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0x20000 && cp <= 0x3FFFF);
}

bool isWordAscii(char32_t cp)
{
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    static char instance = 0;
    *out = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *) { }

int tokenize(Fts5Tokenizer *, void *context, int, const char *text, int size,
    int (*emitToken)(void *, int, const char *, int, int, int))
{
    int i = 0;
    std::string word;
    int wordStart = 0;
    const auto flushWord = [&](int end) {
        if (word.empty())
            return SQLITE_OK;
        const int rc = emitToken(context, 0, word.data(), static_cast<int>(word.size()), wordStart, end);
        word.clear();
        return rc;
    };
    while (i < size) {
        const int start = i;
        const char32_t cp = decode(text, size, i);
        int rc = SQLITE_OK;
        if (cp < 0x80 && isWordAscii(cp)) {
            if (word.empty())
                wordStart = start;
            word.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp));
            continue;
        }
        rc = flushWord(start);
        if (rc == SQLITE_OK && isCjk(cp))
            rc = emitToken(context, 0, text + start, i - start, start, i);
        if (rc != SQLITE_OK)
            return rc;
    }
    return flushWord(size);
}

} // namespace

bool registerCharsTokenizer(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api || api->iVersion < 2)
        return false;
    static fts5_tokenizer tokenizer = {createTokenizer, deleteTokenizer, tokenize};
    return api->xCreateTokenizer(api, "tzchars", nullptr, &tokenizer, nullptr) == SQLITE_OK;
}

QStringList charsTokens(const QString &text)
{
    QStringList tokens;
    QString word;
    for (const char32_t cp : text.toUcs4()) {
        if (cp < 0x80 && isWordAscii(cp)) {
            word += QChar(static_cast<char16_t>(cp)).toLower();
            continue;
        }
        if (!word.isEmpty())
            tokens.append(std::exchange(word, QString()));
        if (isCjk(cp))
            tokens.append(QString::fromUcs4(&cp, 1));
    }
    if (!word.isEmpty())
        tokens.append(word);
    return tokens;
}

} // namespace tz
