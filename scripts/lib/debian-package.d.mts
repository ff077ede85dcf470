export function installDebianPackage(binary: string, name: string, extraArgs?: readonly string[]): Promise<string | undefined>;
