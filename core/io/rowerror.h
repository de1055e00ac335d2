// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QString>

namespace tz {

// One rejected row of an imported file: where it is and why, in the user's language.
struct RowError
{
    int line = 0; // 1-based physical line of the file
    QString reason;
};

} // namespace tz
