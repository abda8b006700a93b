// shared/ is pure: no Node, no DOM, no Electron. These two globals exist in every JS runtime we target
// (browsers, Node >= 16, Electron) and are the only ones it may use.
declare function btoa(data: string): string;
declare function atob(data: string): string;
