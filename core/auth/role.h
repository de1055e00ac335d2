// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QString>

#include <optional>

namespace tz {

// Stored as numbers: never renumber.
enum class Role : int { Clerk = 1, GridWorker = 2, Handler = 3, Supervisor = 4, Admin = 5 };

namespace role {
std::optional<Role> parse(QStringView key); // clerk, grid-worker, handler, supervisor, admin
QString key(Role role);
QString label(Role role); // 窗口人员 / 网格员 / 承办人 / 督查员 / 管理员
} // namespace role

} // namespace tz
