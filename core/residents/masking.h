// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QString>

// What lists show of sensitive fields. Revealing the full value is a recorded act elsewhere.
namespace tz::masking {

QString idNumber(QStringView id); // 4512**********1234
QString phone(QStringView phone); // 138****5678; landlines keep the area code and last 4
QString name(QStringView name); // 黎*辉, 王*

} // namespace tz::masking
