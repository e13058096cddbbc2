#pragma once

// Registers every platform this build knows. Called once by main() and by tests.
void registerBuiltinPlatforms();
