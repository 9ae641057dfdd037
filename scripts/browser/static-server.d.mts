export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Absolute URL of a served path. */
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves the folder `source`, or the pages of a Map from path ("/page-01.html") to HTML. */
export declare function startStaticServer(source: string | ReadonlyMap<string, string>): Promise<StaticServer>;
