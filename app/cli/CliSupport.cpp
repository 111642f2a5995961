// SPDX-License-Identifier: MIT
#include "CliSupport.h"

#include <iostream>

namespace aclwb::cli {

void printJson(const nlohmann::json& object)
{
    std::cout << object.dump() << std::endl;
}

} // namespace aclwb::cli
