// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include "core/common/error.h"

#include <functional>

namespace tz {

class Workspace;
struct DemoWorld;

// The recurring problems of the demo: the requests of resources/demo/recurring-labelled.csv
// (the set the 举一反三 finder is measured on) registered in their villages on their days before
// the demo's end by the township's clerk. Those older than six weeks were handled and resolved;
// the rest are open, for 举一反三 to find.
class DemoRecurring
{
public:
    // Returns how many cases it registered; `setNow` moves the services' clock.
    [[nodiscard]] static Result<int> seed(Workspace &workspace, const DemoWorld &world, qint64 endMs,
        const std::function<void(qint64)> &setNow);
};

} // namespace tz
