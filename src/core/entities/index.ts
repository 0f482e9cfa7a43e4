export { quantities, type Quantity } from './numbers'
export { datesIn } from './dates'
