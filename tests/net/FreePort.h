#pragma once

#include <QtGlobal>

// A TCP port on 127.0.0.1 that is free right now, for programs that need a port number in
// their configuration before they start.
class FreePort {
public:
    static quint16 find();
};
