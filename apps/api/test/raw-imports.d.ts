// Vite's `?raw` imports: the tests read the example CSV as the data desk would send it.
declare module '*.csv?raw' {
  const text: string;
  export default text;
}
