/** A JSON response: the status and the parsed body. */
export interface JsonResponse<T> {
  status: number;
  body: T;
}

/** GETs `path` from `baseUrl` with an optional Authorization header. */
export async function getJson<T = any>(
  baseUrl: string,
  path: string,
  authorization?: string,
): Promise<JsonResponse<T>> {
  const response = await fetch(`${baseUrl}${path}`, {
    headers: authorization ? { authorization } : {},
  });
  const text = await response.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (e.g. an empty 401); keep the text for the failure message.
  }
  return { status: response.status, body };
}

/** Like {@link getJson}, but fails unless the answer is 200. */
export async function getOk<T = any>(
  baseUrl: string,
  path: string,
  authorization?: string,
): Promise<T> {
  const { status, body } = await getJson<T>(baseUrl, path, authorization);
  if (status !== 200) {
    throw new Error(
      `GET ${path} answered ${status}: ${JSON.stringify(body).slice(0, 500)}`,
    );
  }
  return body;
}
