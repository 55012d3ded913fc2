#ifndef ZHURNAL_CCRYPT_SHIM_H
#define ZHURNAL_CCRYPT_SHIM_H
#include <crypt.h>
#endif
