// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Another program on a ledger, as the sqlite3 shell or a backup tool would be: plain SQLite with
// its default locks, reads the ledger and closes it (closing checkpoints and deletes the
// write-ahead log when SQLite believes it is the last one using the file). Prints the count of
// events; exit 1 when the file could not be read.
#include <sqlite3.h>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s LEDGER\n", argv[0]);
        return 2;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "%s\n", sqlite3_errmsg(db));
        sqlite3_close(db);
        return 1;
    }
    sqlite3_busy_timeout(db, 2000);
    sqlite3_stmt *count = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM events", -1, &count, nullptr);
    if (rc == SQLITE_OK && sqlite3_step(count) == SQLITE_ROW)
        std::printf("%lld\n", static_cast<long long>(sqlite3_column_int64(count, 0)));
    else
        std::fprintf(stderr, "%s\n", sqlite3_errmsg(db));
    sqlite3_finalize(count);
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : 1;
}
