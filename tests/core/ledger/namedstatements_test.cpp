// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"

#include "core/ledger/sqldatabase.h"

#include <QTemporaryDir>

using namespace tz;

TEST_CASE("a prepared statement is cached by its name, and one name never runs two texts", "[ledger][sql]")
{
    QTemporaryDir dir;
    SqlDatabase db(dir.filePath(QStringLiteral("named.db")), SqlDatabase::Mode::Create);
    db.exec("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3)");

    SqlStatement &count = db.cached("test: count", "SELECT count(*) FROM t");
    REQUIRE(count.next());
    CHECK(count.int64(0) == 3);
    // The same name and text: the same statement, reset and ready again.
    SqlStatement &again = db.cached("test: count", "SELECT count(*) FROM t");
    CHECK(&again == &count);
    REQUIRE(again.next());
    CHECK(again.int64(0) == 3);

    // The same text from another buffer (composed at run time) is still the same statement.
    const QByteArray composed = QByteArray("SELECT count(*) ") + "FROM t";
    CHECK(&db.cached("test: count", composed.constData()) == &count);

    // Another text under that name is refused, instead of running the statement cached first.
    CHECK_THROWS_AS(db.cached("test: count", "DELETE FROM t"), ErrorException);
    CHECK(db.scalar("test: count again", "SELECT count(*) FROM t") == 3);

    // Names, not addresses: a statement whose text lived in a buffer since freed is never reused
    // for another text that lands at the same address.
    {
        const QByteArray first = QByteArray("SELECT max(x) FROM t");
        CHECK(db.scalar("test: max", first.constData()) == 3);
    }
    const QByteArray second = QByteArray("SELECT min(x) FROM t");
    CHECK(db.scalar("test: min", second.constData()) == 1);
}
