// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QString>

namespace tz::csvcell {

// A text cell as a CSV file holds it: a text beginning with =, +, -, @, a tab or a carriage return
// would run as a formula when a spreadsheet opens the file (`=cmd|' /C calc'!A0`), so it gets a
// single quote in front (OWASP's CSV injection advice); so does a text that already begins with a
// quote and one of those, so that restored() gives back exactly what was written.
QString neutralised(const QString &text);
// What neutralised() was given: the quote in front of a formula sign taken off again (our own
// importers read the files we export). Excel never writes such a quote into a CSV it saves.
QString restored(const QString &cell);

} // namespace tz::csvcell
