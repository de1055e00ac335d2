// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QString>

namespace tz::server {

// An enrolled device as a request's token identifies it (DeviceStore::authenticate): what every
// store asks of the device it serves.
struct DeviceAuth
{
    QString id;
    QString scope; // the org unit code it is bound to
};

} // namespace tz::server
